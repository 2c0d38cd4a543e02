// Runtime configuration, read before the app starts. A deployment may replace this file
// without rebuilding, for example:
//   window.LivechatOSSAdminConfig = { apiUrl: 'https://api.example/graphql' };
// `wsUrl` defaults to `apiUrl` with ws:// or wss://. Unset values fall back to VITE_API_URL
// (build time), then to http://localhost:8000/graphql.
window.LivechatOSSAdminConfig = window.LivechatOSSAdminConfig || {};
