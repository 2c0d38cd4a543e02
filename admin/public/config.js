// Runtime configuration, read before the app starts. A deployment may replace this file
// without rebuilding, for example:
//   window.LivechatOSSAdminConfig = { apiUrl: 'https://api.example/graphql' };
// `wsUrl` defaults to `apiUrl` with ws:// or wss://. Unset values fall back to VITE_API_URL
// (build time), then to http://localhost:8000/graphql. `waitingAlertIntervalMs` (30000 by
// default) is how often the console repeats its alert while a chat waits.
window.LivechatOSSAdminConfig = window.LivechatOSSAdminConfig || {};
