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
//     connection (pipelining allowed, responses returned in order, bodies streamed
//     without buffering), HTTP/2 cleartext streams with prior knowledge (gRPC metadata is
//     just headers), and upgrade requests (websocket, CONNECT), which take the rest of
//     the connection to whoever they matched. An HTTP/1.1 "Upgrade: h2c" offer is
//     declined (the connection stays HTTP/1.1 and is still routed per request).
//     Unmatched requests, non-HTTP bytes (also server-speaks-first protocols) and
//     malformed, oversized or slow request heads go to the real application untouched.
//
// HTTP/1 bytes are forwarded exactly as received: the parser only decides where a request
// goes and where it ends. HTTP/2 is terminated with net/http and proxied per stream over
// pooled HTTP/2 cleartext connections to each destination.
//
// When a developer's connection can't be dialed, the request falls back to the application.
//
// [Port.Shutdown] retires a port gracefully, after its redirect rule is gone: the claims
// go at once (what was delivered to developers closes), and the connections being relayed
// to the application run on. An HTTP/1 connection ends at its next request boundary, after
// its last response, as a server's idle timeout would end it; an HTTP/2 connection gets a
// GOAWAY and ends when its open streams have; other connections (mirrored, raw) end with
// their client. Whatever is left when Shutdown's context ends is closed.
//
// [Serve] accepts from the agent's REDIRECT listener and dispatches each connection by
// its original destination port ([OriginalDst], SO_ORIGINAL_DST).
package intercept
