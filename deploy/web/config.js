// The console's runtime configuration behind deploy/nginx.conf: the API is on the same origin,
// at /graphql (HTTP) and ws(s)://<same host>/graphql (WebSocket). Edit it to point elsewhere.
window.LivechatOSSAdminConfig = { apiUrl: '/graphql' };
