// Package intercept decides what happens to a connection the agent's redirect rules sent
// to it: mirror it to developers while the real application answers, steal it whole, or
// route it request by request with HTTP filters.
//
// A [Port] holds the claims of one application port. [Port.ServeConn] handles one
// redirected connection:
//
//   - Mirror claims get a copy of the bytes the client sends, through a bounded buffer per
//     mirror; a mirror that falls behind loses its copy of that connection, the application
//     is never slowed. Mirror answers are discarded.
//   - A StealAll claim gets the whole connection.
//   - StealFiltered claims are matched per request: HTTP/1.1 requests on a keep-alive
//     connection (responses returned in order, bodies streamed), HTTP/2 cleartext streams
//     with prior knowledge (gRPC metadata is just headers), and upgrade requests (websocket,
//     h2c upgrade, CONNECT), which take the rest of the connection to whoever they matched.
//     Unmatched requests, non-HTTP bytes and malformed or slow request heads go to the real
//     application untouched.
//
// When a developer's connection can't be dialed, the request falls back to the application.
package intercept
