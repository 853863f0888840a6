//! The studio's HTTP/1.1, by hand and small: one request per connection (`Connection:
//! close`), headers up to 16 KiB, a body up to 3 MiB read at once or, for a photo, up to
//! 50 MiB left for its handler to stream after the guard, a thread per connection. Enough
//! for one browser on this machine, and nothing in it that the studio does not check itself.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

const MAX_HEAD: usize = 16 * 1024;
/// A form's save carries the whole record (at most 1 MiB) as JSON.
const MAX_BODY: usize = 3 * 1024 * 1024;
/// A photo's upload, streamed to disk by its handler (not read here).
pub const MAX_UPLOAD: usize = 50 * 1024 * 1024;

/// One request as read from its connection.
pub struct Request {
    pub method: String,
    /// The request target as sent: path and query.
    pub target: String,
    headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Bytes of a body larger than 3 MiB not read yet: only an upload takes them.
    pub unread: usize,
    reader: BufReader<TcpStream>,
    stream: TcpStream,
}

/// An answer: status, headers and body.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    pub fn with(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        303 => "See Other",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        410 => "Gone",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        507 => "Insufficient Storage",
        _ => "Status",
    }
}

/// Reads the request on `stream`; `None` for a connection that sent no well-formed request
/// in time (it is answered 400 where it can be).
pub fn read(stream: TcpStream) -> Option<Request> {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut head = Vec::new();
    loop {
        let mut line = Vec::new();
        let n = (&mut reader)
            .take((MAX_HEAD - head.len().min(MAX_HEAD)) as u64 + 1)
            .read_until(b'\n', &mut line)
            .ok()?;
        if n == 0 || head.len() + line.len() > MAX_HEAD {
            return refuse(stream, 400);
        }
        let end = line == b"\r\n" || line == b"\n";
        head.extend_from_slice(&line);
        if end {
            break;
        }
    }
    let text = String::from_utf8(head).ok()?;
    let mut lines = text.lines();
    let mut first = lines.next()?.split(' ');
    let (method, target) = (first.next()?.to_string(), first.next()?.to_string());
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    if length > MAX_UPLOAD {
        return refuse(stream, 413);
    }
    let (body, unread) = if length > MAX_BODY {
        (Vec::new(), length)
    } else {
        let mut body = vec![0; length];
        reader.read_exact(&mut body).ok()?;
        (body, 0)
    };
    Some(Request {
        method,
        target,
        headers,
        body,
        unread,
        reader,
        stream,
    })
}

fn refuse(stream: TcpStream, status: u16) -> Option<Request> {
    let _ = write_response(&stream, &Response::new(status, ""));
    None
}

fn write_response(mut stream: &TcpStream, r: &Response) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", r.status, reason(r.status));
    for (k, v) in &r.headers {
        // Header values are the studio's own; a line break would split them.
        if !v.contains(['\r', '\n']) {
            head += &format!("{k}: {v}\r\n");
        }
    }
    head += &format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        r.body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(&r.body)?;
    stream.flush()
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the body is of media type `kind` (parameters such as `charset` aside).
    pub fn has_type(&self, kind: &str) -> bool {
        self.header("Content-Type")
            .is_some_and(|t| t.split(';').next() == Some(kind))
    }

    /// The body as a stream, whether it was read already or is still on the connection;
    /// with its length.
    pub fn body_stream(&mut self) -> (Box<dyn Read + '_>, usize) {
        if self.unread > 0 {
            let n = self.unread;
            self.unread = 0;
            (Box::new((&mut self.reader).take(n as u64)), n)
        } else {
            let n = self.body.len();
            (
                Box::new(std::io::Cursor::new(std::mem::take(&mut self.body))),
                n,
            )
        }
    }

    pub fn respond(self, r: Response) {
        let _ = write_response(&self.stream, &r);
        let _ = self.stream.shutdown(std::net::Shutdown::Both);
    }

    /// The connection, for a stream of server-sent events after `head` (no Content-Length).
    pub fn stream(self, head: &str) -> Option<TcpStream> {
        let mut s = self.stream;
        let _ = s.set_write_timeout(Some(Duration::from_secs(10)));
        s.write_all(head.as_bytes()).and_then(|()| s.flush()).ok()?;
        Some(s)
    }
}
