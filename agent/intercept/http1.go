package intercept

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"

	"golang.org/x/net/http/httpguts"
)

// HTTP/1 message heads, parsed just enough to route requests and frame bodies. Bytes are
// forwarded exactly as received; the parser only decides where they go and where a
// message ends. Anything ambiguous (e.g. both Transfer-Encoding and Content-Length) is
// refused, and the connection then goes to the app raw, which has the final word.

var (
	errHeadTooLarge = errors.New("message head too large")
	errMalformed    = errors.New("malformed HTTP message")
)

type bodyKind int

const (
	bodyNone bodyKind = iota
	bodyLength
	bodyChunked
	bodyUntilClose // responses only
)

// header holds header values by canonical name.
type header map[string][]string

// Values implements headerGetter.
func (h header) Values(k string) []string { return h[k] }

// requestHead is a parsed HTTP/1 request head.
type requestHead struct {
	method, target, proto string
	path                  string // target's path, without query
	header                header
	body                  bodyKind
	length                int64
	upgrade               bool // Upgrade or CONNECT: the rest of the connection follows it
}

// responseHead is a parsed HTTP/1 response head.
type responseHead struct {
	status int
	body   bodyKind
	length int64
	close  bool // Connection: close
}

// readHead reads a message head up to and including its empty line, skipping empty lines
// before it. It returns the bytes read so far even on error.
func readHead(br *bufio.Reader, max int) ([]byte, error) {
	var buf []byte
	for {
		line, err := br.ReadSlice('\n')
		if len(buf) == 0 && (string(line) == "\r\n" || string(line) == "\n") {
			continue // robustness: empty lines before a request line
		}
		buf = append(buf, line...)
		if len(buf) > max {
			return buf, errHeadTooLarge
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err != nil:
			return buf, err
		}
		if string(line) == "\r\n" || string(line) == "\n" {
			return buf, nil
		}
	}
}

// splitHead splits a head into its first line and header lines, without line ends.
func splitHead(raw []byte) (string, []string, error) {
	s := string(raw)
	if !strings.HasSuffix(s, "\n") {
		return "", nil, errMalformed
	}
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	if len(lines) < 2 || lines[len(lines)-1] != "" {
		return "", nil, errMalformed
	}
	return lines[0], lines[1 : len(lines)-1], nil
}

func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"(),/:;<=>?@[\\]{}", c) >= 0 {
			return false
		}
	}
	return true
}

// parseHeaderLines parses field lines; obsolete line folding is refused.
func parseHeaderLines(lines []string) (header, error) {
	h := header{}
	for _, l := range lines {
		name, value, ok := strings.Cut(l, ":")
		if !ok || !isToken(name) {
			return nil, fmt.Errorf("%w: bad header line", errMalformed)
		}
		if strings.ContainsAny(value, "\r\x00") {
			return nil, fmt.Errorf("%w: bad header value", errMalformed)
		}
		k := textproto.CanonicalMIMEHeaderKey(name)
		h[k] = append(h[k], strings.Trim(value, " \t"))
	}
	return h, nil
}

// hasToken reports whether a comma-separated header contains token (case-insensitive).
func (h header) hasToken(name, token string) bool {
	return httpguts.HeaderValuesContainsToken(h[name], token)
}

// framing decides how a message body is delimited from its headers (RFC 9112 §6).
func (h header) framing(http10 bool) (bodyKind, int64, error) {
	te, hasTE := h["Transfer-Encoding"]
	cl, hasCL := h["Content-Length"]
	if hasTE {
		if hasCL || http10 {
			return 0, 0, fmt.Errorf("%w: ambiguous body framing", errMalformed)
		}
		var codings []string
		for _, v := range te {
			for _, t := range strings.Split(v, ",") {
				if t = strings.TrimSpace(t); t != "" {
					codings = append(codings, t)
				}
			}
		}
		if len(codings) == 0 || !strings.EqualFold(codings[len(codings)-1], "chunked") {
			return bodyUntilClose, 0, nil
		}
		return bodyChunked, 0, nil
	}
	if hasCL {
		var n int64 = -1
		for _, v := range cl {
			for _, t := range strings.Split(v, ",") {
				m, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
				if err != nil || m < 0 || (n >= 0 && m != n) || strings.TrimSpace(t)[0] == '+' {
					return 0, 0, fmt.Errorf("%w: bad Content-Length", errMalformed)
				}
				n = m
			}
		}
		if n < 0 {
			return 0, 0, fmt.Errorf("%w: bad Content-Length", errMalformed)
		}
		if n == 0 {
			return bodyNone, 0, nil
		}
		return bodyLength, n, nil
	}
	return bodyUntilClose, 0, nil
}

// parseRequestHead parses the bytes readHead returned for a request.
func parseRequestHead(raw []byte) (*requestHead, error) {
	first, lines, err := splitHead(raw)
	if err != nil {
		return nil, err
	}
	method, rest, ok1 := strings.Cut(first, " ")
	target, proto, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 || !isToken(method) || target == "" || (proto != "HTTP/1.1" && proto != "HTTP/1.0") {
		return nil, fmt.Errorf("%w: bad request line", errMalformed)
	}
	for i := 0; i < len(target); i++ {
		if target[i] <= ' ' || target[i] == 0x7f {
			return nil, fmt.Errorf("%w: bad request target", errMalformed)
		}
	}
	h, err := parseHeaderLines(lines)
	if err != nil {
		return nil, err
	}
	r := &requestHead{method: method, target: target, proto: proto, header: h, path: targetPath(target)}
	r.body, r.length, err = h.framing(proto == "HTTP/1.0")
	if err != nil {
		return nil, err
	}
	if r.body == bodyUntilClose {
		if _, hasTE := h["Transfer-Encoding"]; hasTE {
			// A request body must be chunked when Transfer-Encoding is used.
			return nil, fmt.Errorf("%w: request Transfer-Encoding is not chunked", errMalformed)
		}
		r.body = bodyNone // requests without framing have no body
	}
	r.upgrade = method == "CONNECT" || (len(h["Upgrade"]) > 0 && h.hasToken("Connection", "upgrade"))
	return r, nil
}

// targetPath is the path of a request target as sent (origin or absolute form).
func targetPath(t string) string {
	if i := strings.Index(t, "://"); i > 0 && !strings.HasPrefix(t, "/") {
		t = t[i+3:]
		j := strings.IndexAny(t, "/?")
		if j < 0 {
			return "/"
		}
		t = t[j:]
		if t[0] == '?' {
			return "/"
		}
	}
	if i := strings.IndexByte(t, '?'); i >= 0 {
		t = t[:i]
	}
	return t
}

// parseResponseHead parses a response head to a request with the given method.
func parseResponseHead(raw []byte, method string) (*responseHead, error) {
	first, lines, err := splitHead(raw)
	if err != nil {
		return nil, err
	}
	proto, rest, _ := strings.Cut(first, " ")
	code, _, _ := strings.Cut(rest, " ")
	status, err := strconv.Atoi(code)
	if (proto != "HTTP/1.1" && proto != "HTTP/1.0") || err != nil || len(code) != 3 || status < 100 {
		return nil, fmt.Errorf("%w: bad status line", errMalformed)
	}
	h, err := parseHeaderLines(lines)
	if err != nil {
		return nil, err
	}
	r := &responseHead{status: status, close: h.hasToken("Connection", "close") || proto == "HTTP/1.0"}
	if status < 200 || status == 204 || status == 304 || method == "HEAD" {
		return r, nil
	}
	if method == "CONNECT" && status < 300 {
		r.body = bodyUntilClose
		return r, nil
	}
	r.body, r.length, err = h.framing(false)
	if err != nil {
		return nil, err
	}
	if r.body == bodyUntilClose {
		r.close = true
	}
	return r, nil
}

// maxChunkLine caps a chunk-size line (with extensions) or a trailer line.
const maxChunkLine = 4 << 10

// readLine reads one line (with its end) of at most max bytes.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var buf []byte
	for {
		line, err := br.ReadSlice('\n')
		buf = append(buf, line...)
		if len(buf) > max {
			return buf, errHeadTooLarge
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if errors.Is(err, io.EOF) {
			return buf, io.ErrUnexpectedEOF
		}
		return buf, err
	}
}

// copyChunked copies a chunked body, framing and trailers included, from br to w.
// flush is called after each chunk, so a streamed body keeps streaming.
func copyChunked(w io.Writer, br *bufio.Reader, flush func() error) error {
	for {
		line, err := readLine(br, maxChunkLine)
		if err != nil {
			return err
		}
		size, err := parseChunkSize(line)
		if err != nil {
			return err
		}
		if _, err := w.Write(line); err != nil {
			return err
		}
		if size == 0 {
			break
		}
		if _, err := io.CopyN(w, br, size); err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		crlf, err := readLine(br, 2)
		if err != nil || (string(crlf) != "\r\n" && string(crlf) != "\n") {
			return fmt.Errorf("%w: chunk not followed by CRLF", errMalformed)
		}
		if _, err := w.Write(crlf); err != nil {
			return err
		}
		if err := flush(); err != nil {
			return err
		}
	}
	for { // trailer section, up to an empty line
		line, err := readLine(br, maxChunkLine)
		if err != nil {
			return err
		}
		if _, err := w.Write(line); err != nil {
			return err
		}
		if string(line) == "\r\n" || string(line) == "\n" {
			return flush()
		}
	}
}

func parseChunkSize(line []byte) (int64, error) {
	s := bytes.TrimRight(line, "\r\n")
	if i := bytes.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	s = bytes.TrimRight(s, " \t")
	if len(s) == 0 || len(s) > 15 {
		return 0, fmt.Errorf("%w: bad chunk size", errMalformed)
	}
	var n int64
	for _, c := range s {
		var d byte
		switch {
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= c && c <= 'f':
			d = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, fmt.Errorf("%w: bad chunk size", errMalformed)
		}
		n = n<<4 | int64(d)
	}
	return n, nil
}

// copyBody copies a message body of the given framing from br to w, flushing as it goes.
func copyBody(w io.Writer, br *bufio.Reader, kind bodyKind, n int64, flush func() error) error {
	switch kind {
	case bodyLength:
		if _, err := io.CopyN(w, br, n); err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
	case bodyChunked:
		return copyChunked(w, br, flush)
	case bodyUntilClose:
		if _, err := io.Copy(flushWriter{w, flush}, br); err != nil {
			return err
		}
	}
	return flush()
}

// flushWriter flushes after every write (streaming a body of unknown length).
type flushWriter struct {
	w     io.Writer
	flush func() error
}

func (f flushWriter) Write(b []byte) (int, error) {
	n, err := f.w.Write(b)
	if err == nil {
		err = f.flush()
	}
	return n, err
}

// isH2CUpgrade reports whether r asks to upgrade to HTTP/2 cleartext (and nothing else).
func (r *requestHead) isH2CUpgrade() bool {
	up := r.header["Upgrade"]
	return r.upgrade && r.method != "CONNECT" && len(up) == 1 && strings.EqualFold(strings.TrimSpace(up[0]), "h2c")
}

// declineUpgrade rewrites a request head without its upgrade offer: the Upgrade and
// HTTP2-Settings fields go, and so do their tokens in Connection. A server may always
// ignore an upgrade offer, so the client carries on with HTTP/1.1 and its requests keep
// being routed one by one.
func declineUpgrade(raw []byte) []byte {
	lines := strings.SplitAfter(string(raw), "\n")
	out := make([]byte, 0, len(raw))
	for i, l := range lines {
		name, value, ok := strings.Cut(l, ":")
		if i == 0 || !ok {
			out = append(out, l...)
			continue
		}
		switch textproto.CanonicalMIMEHeaderKey(name) {
		case "Upgrade", "Http2-Settings":
			continue
		case "Connection":
			var keep []string
			for _, t := range strings.Split(strings.TrimRight(value, "\r\n"), ",") {
				t = strings.TrimSpace(t)
				if t != "" && !strings.EqualFold(t, "upgrade") && !strings.EqualFold(t, "http2-settings") {
					keep = append(keep, t)
				}
			}
			if len(keep) == 0 {
				continue
			}
			out = append(out, name+": "+strings.Join(keep, ", ")+"\r\n"...)
			continue
		}
		out = append(out, l...)
	}
	return out
}
