# asyncio's TCP streams and servers on an in-memory network: a program's servers and
# clients on 127.0.0.1 talk to each other as over a loopback socket, with the timing
# of CPython 3.11's selector event loop. A socket event (a connection to accept, a
# connect completed, data or EOF to read) runs at the start of the next loop
# iteration, after the callbacks already scheduled (_io_event: _process_events), so
# tasks interleave as in CPython. Nothing leaves the program: other host names do not
# resolve, as on a machine without a network. The classes follow CPython's
# streams.py, base_events.Server and selector_events' socket transport.

from _asyncio import (CancelledError, get_running_loop, get_event_loop, iscoroutine, _io_event, _set_wait,
                      _new_trace_id)
from asyncio import IncompleteReadError, LimitOverrunError, gather, sleep

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB
_RECV_SIZE = 256 * 1024   # selector_events' max_size: one recv() per readable event
_AF_INET, _AF_INET6 = 2, 10


class gaierror(OSError):
    pass


gaierror.__module__ = 'socket'


# --- the network: listening sockets by address, file descriptors, ports ------------

_listeners = {}      # (host, port) -> Server listening there
_fds_in_use = set()
_next_port = [40000]  # ephemeral ports of client sockets (and of servers on port 0)


def _new_fd():
    # The lowest free descriptor, as the kernel gives: 0-2 are stdio, 3-5 the loop's
    # selector and self-pipe.
    fd = 6
    while fd in _fds_in_use:
        fd += 1
    _fds_in_use.add(fd)
    return fd


def _ephemeral_port():
    while True:
        port = _next_port[0]
        _next_port[0] += 1
        if not any(p == port for (_, p) in _listeners):
            return port


def _bind_addresses(host, port):
    # getaddrinfo(host, port, AI_PASSIVE) on a machine whose only interface is lo.
    if host is None or host == '':
        return [(_AF_INET, ('0.0.0.0', port)), (_AF_INET6, ('::', port, 0, 0))]
    if host == 'localhost':
        host = '127.0.0.1'
    if host in ('0.0.0.0', '::', '::1') or _is_ipv4(host):
        if ':' in host:
            return [(_AF_INET6, (host, port, 0, 0))]
        if host != '0.0.0.0' and not host.startswith('127.'):
            raise OSError(99, f"error while attempting to bind on address {(host, port)!r}: "
                              "cannot assign requested address")
        return [(_AF_INET, (host, port))]
    raise gaierror(-3, 'Temporary failure in name resolution')


def _connect_address(host, port):
    if host is None or host == '' or host == 'localhost':
        host = '127.0.0.1'
    if host == '::1':
        return _AF_INET6, (host, port, 0, 0)
    if _is_ipv4(host):
        if not host.startswith('127.'):
            raise OSError(101, 'Network is unreachable')
        return _AF_INET, (host, port)
    raise gaierror(-3, 'Temporary failure in name resolution')


def _is_ipv4(host):
    parts = host.split('.')
    return len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts)


def _port_taken(family, address):
    # Two listeners of a family on one port clash when either has the wildcard address
    # or both the same one (IPv6 sockets are V6ONLY, as asyncio makes them).
    host, port = address[0], address[1]
    for (h, p) in _listeners:
        if p == port and (':' in h) == (family == _AF_INET6) and (h == host or h in ('0.0.0.0', '::')
                                                                  or host in ('0.0.0.0', '::')):
            return True
    return False


def _listener_for(family, address):
    # The server listening on the address itself, else on its family's wildcard.
    host, port = address[0], address[1]
    wildcard = '::' if family == _AF_INET6 else '0.0.0.0'
    return _listeners.get((host, port)) or _listeners.get((wildcard, port))


# --- sockets ---------------------------------------------------------------------------

class TransportSocket:
    """A socket as asyncio shows it (server.sockets, get_extra_info('socket')), with the
    connected pair's in-flight bytes: what the peer sent that no recv() took yet."""

    def __init__(self, family, laddr, raddr=None):
        self._fd = _new_fd()
        self._family = family
        self._laddr = laddr
        self._raddr = raddr
        self._peer = None
        self._inbox = []
        self._eof = False         # the peer shut down writing or closed
        self._on_readable = None  # the transport's _read_ready while it reads
        self._event_pending = False
        self._reset = False       # the peer reset the connection (RST): it is dead
        self._error = None        # the error the RST left pending (SO_ERROR)
        self._connect_reset = False  # the listening socket closed before accepting us

    family = property(lambda self: self._family)
    type = property(lambda self: 1)   # SOCK_STREAM
    proto = property(lambda self: 6)  # IPPROTO_TCP

    def fileno(self):
        return self._fd

    def getsockname(self):
        return self._laddr

    def getpeername(self):
        if self._raddr is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self._raddr

    def __repr__(self):
        s = f"<asyncio.TransportSocket fd={self._fd}, family={self._family}, type=1, proto=6"
        if self._fd != -1:
            s = f"{s}, laddr={self._laddr}"
            if self._raddr is not None:
                s = f"{s}, raddr={self._raddr}"
        return f"{s}>"

    # The connection's two ends.
    def _send(self, data):
        if self._reset:
            # The pending error once (ECONNRESET, or EPIPE after a FIN), then EPIPE.
            errno, self._error = self._error or 32, None
            raise (ConnectionResetError(errno, 'Connection reset by peer') if errno == 104
                   else BrokenPipeError(errno, 'Broken pipe'))
        peer = self._peer
        if peer is None or peer._fd == -1:
            # The peer's socket is closed: this send still succeeds and the peer's kernel
            # answers it with RST.
            self._receive_reset()
        elif not peer._eof:
            peer._inbox.append(data)
            peer._readable()

    def _shutdown_write(self):
        peer = self._peer
        if peer is not None and peer._fd != -1 and not peer._eof:
            peer._eof = True
            peer._readable()

    def _receive_reset(self):
        # As Linux's tcp_reset: ECONNRESET pending, EPIPE if the peer had sent its FIN.
        self._reset = True
        self._error = 32 if self._eof else 104
        self._readable()

    def _close(self):
        if self._fd == -1:
            return
        peer = self._peer
        if self._inbox and peer is not None and peer._fd != -1 and not peer._reset:
            # Closing with data not read: the kernel sends RST instead of FIN.
            peer._receive_reset()
        else:
            self._shutdown_write()
        self._on_readable = None
        _fds_in_use.discard(self._fd)
        self._fd = -1

    def _recv(self):
        # Everything in flight (up to one recv's size), b'' at EOF, None if nothing;
        # after a reset, the data that came before it, then the pending error, then b''.
        if self._inbox:
            data = b''.join(self._inbox)
            self._inbox = [data[_RECV_SIZE:]] if len(data) > _RECV_SIZE else []
            return data[:_RECV_SIZE]
        if self._error == 104 and not self._eof:
            self._error = None
            raise ConnectionResetError(104, 'Connection reset by peer')
        return b'' if self._eof or self._reset else None

    def _readable(self):
        # The selector reports a readable socket once per iteration, to its reader.
        if (self._on_readable is not None and not self._event_pending
                and (self._inbox or self._eof or self._reset)):
            self._event_pending = True
            _io_event(self._report_readable)

    def _report_readable(self):
        self._event_pending = False
        if self._on_readable is not None:
            self._on_readable()


def _warn_send_after_connection_lost():
    import logging
    logging.getLogger('asyncio').warning('socket.send() raised exception.')


_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5  # asyncio.constants


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _connection_waiter(loop):
    fut = loop.create_future()
    _set_wait(fut, 'connection', _new_trace_id())
    return fut


# --- protocols -------------------------------------------------------------------------

class BaseProtocol:
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    __slots__ = ()


class DatagramProtocol(BaseProtocol):
    __slots__ = ()


class SubprocessProtocol(BaseProtocol):
    __slots__ = ()


# --- transports ----------------------------------------------------------------------

class BaseTransport:
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)


class ReadTransport(BaseTransport):
    __slots__ = ()


class WriteTransport(BaseTransport):
    __slots__ = ()


class Transport(ReadTransport, WriteTransport):
    __slots__ = ()


class _SelectorSocketTransport(Transport):
    def __init__(self, loop, sock, protocol, waiter=None, server=None):
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._protocol_connected = True  # as CPython's set_protocol()
        self._server = server
        self._closing = False
        self._eof = False  # write_eof() called
        self._paused = False
        self._conn_lost = 0
        self._set_write_buffer_limits()
        self._extra = {'socket': sock, 'sockname': sock.getsockname(), 'peername': sock.getpeername()}
        if server is not None:
            server._attach()
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        if self._loop is not None and not self._loop.is_closed():
            reading = self._sock is not None and self._sock._on_readable is not None
            info.append('read=polling' if reading else 'read=idle')
            info.append('write=<idle, bufsize=0>')
        return '<{}>'.format(' '.join(info))

    def _add_reader(self):
        if not self._closing and not self._paused:
            self._sock._on_readable = self._read_ready
            self._sock._readable()

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock._recv()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if data is None:
            return
        if not data:
            self._read_ready__on_eof()
            return
        # Still readable (EOF or more in flight): reported again next iteration, before
        # what the protocol's reply makes readable (epoll re-queues it as it reports it).
        self._sock._readable()
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        # eof_received() true keeps the connection open, half-closed.
        if keep_open:
            self._sock._on_readable = None
        else:
            self.close()

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._sock._on_readable = None

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader()

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def get_write_buffer_size(self):
        return 0  # every write is sent at once: the in-memory peer takes it all

    def _set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        # The buffer stays empty (the peer takes every write), so never above high.
        self._set_write_buffer_limits(high=high, low=low)

    def can_write_eof(self):
        return True

    def write(self, data):
        if not isinstance(data, bytes):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                _warn_send_after_connection_lost()
            self._conn_lost += 1
            return
        try:
            self._sock._send(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal write error on socket transport')

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        self._sock._shutdown_write()

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._sock._on_readable = None
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        # An OSError (the peer reset, a broken pipe) is logged only in debug mode.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({'message': message, 'exception': exc, 'transport': self,
                                               'protocol': self._protocol})
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if not self._closing:
            self._closing = True
            self._sock._on_readable = None
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock._close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


# --- servers ---------------------------------------------------------------------------

class Server:
    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None
        self._backlog_conns = []
        for sock in sockets:
            _listeners[sock.getsockname()[:2]] = self

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        self._serving = True

    def _connect(self, client):
        # A connection in the listening socket's backlog: readable once per iteration,
        # and that event accepts all of them (BaseSelectorEventLoop._accept_connection).
        self._backlog_conns.append(client)
        if len(self._backlog_conns) == 1:
            _io_event(self._accept)

    def _accept(self):
        clients, self._backlog_conns = self._backlog_conns, []
        for client in clients:
            # The transport is made in a task of its own, as CPython's.
            sock = TransportSocket(client._family, client._raddr, client._laddr)
            sock._peer, client._peer = client, sock
            if client._fd == -1:
                sock._eof = True  # the client closed before the accept: its FIN waits
            self._loop.create_task(_accept_connection2(self, sock))

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        # Closing the listening socket resets the connections it had not accepted yet.
        for client in self._backlog_conns:
            client._connect_reset = True
        self._backlog_conns = []
        for sock in sockets:
            key = sock.getsockname()[:2]
            if _listeners.get(key) is self:
                del _listeners[key]
            sock._close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = _connection_waiter(self._loop)
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # As 3.11: returns at once once close() was called (3.12 waits for connections).
        if self._sockets is None or self._waiters is None:
            return
        waiter = _connection_waiter(self._loop)
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def _accept_connection2(server, sock):
    loop = server._loop
    protocol = server._protocol_factory()
    waiter = _connection_waiter(loop)
    transport = _SelectorSocketTransport(loop, sock, protocol, waiter, server)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise


async def _create_server_getaddrinfo(host, port, family):
    # getaddrinfo's (family, type, proto, canonname, sockaddr): SOCK_STREAM, TCP.
    return [(fam, 1, 6, '', address) for fam, address in _bind_addresses(host, port) if not family or fam == family]




def _no_ssl(ssl):
    if ssl:
        raise NotImplementedError("Loopscope's in-memory network has no TLS (ssl=)")


async def create_server(loop, protocol_factory, host=None, port=None, *, family=0, flags=1, sock=None,
                        backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                        ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True):
    _no_ssl(ssl)
    if sock is not None:
        raise ValueError('Loopscope servers listen on a host and port, not on a given socket')
    if port is None:
        port = 0
    port = int(port)
    if port == 0:
        port = _ephemeral_port()
    # As CPython: each host resolved in a task of its own, gathered.
    hosts = [host] if host is None or isinstance(host, str) else list(host)
    infos = await gather(*[_create_server_getaddrinfo(h, port, family) for h in hosts])
    sockets = []
    for fam, _, _, _, address in [info for host_infos in infos for info in host_infos]:
        if _port_taken(fam, address):
            for s in sockets:
                s._close()
            raise OSError(98, f"error while attempting to bind on address {address!r}: address already in use")
        sockets.append(TransportSocket(fam, address))
    server = Server(loop, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await sleep(0)  # as CPython: one iteration for the listening sockets' add_reader
    return server


async def create_connection(loop, protocol_factory, host=None, port=None, *, ssl=None, family=0, proto=0,
                            flags=0, sock=None, local_addr=None, server_hostname=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            happy_eyeballs_delay=None, interleave=None):
    _no_ssl(ssl)
    if sock is not None:
        raise ValueError('Loopscope connections are made to a host and port, not on a given socket')
    fam, address = _connect_address(host, int(port))
    laddr = ('::1', _ephemeral_port(), 0, 0) if fam == _AF_INET6 else ('127.0.0.1', _ephemeral_port())
    sock = TransportSocket(fam, laddr, address)
    connected = _connection_waiter(loop)
    server = _listener_for(fam, address)
    if server is None or not server._serving:
        # Nothing listens there: bound by a server not started yet (start_serving=False:
        # CPython calls listen() in _start_serving) refuses as an unbound port does.
        _io_event(_refuse, connected, address)
    else:
        server._connect(sock)
        _io_event(_connect_done, connected, sock, address)
    try:
        await connected
        protocol = protocol_factory()
        waiter = _connection_waiter(loop)
        transport = _SelectorSocketTransport(loop, sock, protocol, waiter)
    except BaseException:
        sock._close()
        raise
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


# CPython's names for these (task reprs and argument errors show them).
_create_server_getaddrinfo.__qualname__ = 'BaseEventLoop._create_server_getaddrinfo'
_accept_connection2.__qualname__ = 'BaseSelectorEventLoop._accept_connection2'
create_server.__qualname__ = 'BaseEventLoop.create_server'
create_connection.__qualname__ = 'BaseEventLoop.create_connection'


def _connect_done(fut, sock, address):
    # sock_connect's writable socket: SO_ERROR says whether the connection stands.
    if sock._connect_reset:
        if not fut.cancelled():
            fut.set_exception(ConnectionResetError(104, f'Connect call failed {address!r}'))
    else:
        _set_result_unless_cancelled(fut, None)


def _refuse(fut, address):
    if not fut.cancelled():
        fut.set_exception(ConnectionRefusedError(111, f'Connect call failed {address!r}'))


# --- streams ---------------------------------------------------------------------------

async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await loop.create_server(factory, host, port, **kwds)


class FlowControlMixin(Protocol):
    def __init__(self, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._paused = False
        self._connection_lost = False

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False

    def connection_lost(self, exc):
        self._connection_lost = True

    async def _drain_helper(self):
        # Writes never fill a buffer here (the peer takes them), so never paused.
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, Protocol):
    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._closed = _connection_waiter(self._loop)

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if iscoroutine(res):
                # As 3.11.7: a handler that fails is reported and its connection closed
                # (task.exception() of a cancelled handler raises: reported too).
                def callback(task):
                    exc = task.exception()
                    if exc is not None:
                        self._loop.call_exception_handler({
                            'message': 'Unhandled exception in client_connected_cb',
                            'exception': exc,
                            'transport': transport,
                        })
                        transport.close()

                self._task = self._loop.create_task(res)
                self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                self._closed.exception()  # as CPython's __del__: not logged if never awaited
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            await sleep(0)  # as CPython: lets connection_lost() run first
        await self._protocol._drain_helper()


class StreamReader:
    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = get_event_loop() if loop is None else loop
        # The bytes not yet read are _data[_start:]: reading from the front moves _start
        # (as bytearray's del buf[:n] moves its start), not a copy of the rest each time.
        self._data = b''
        self._start = 0
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False
        self._trace_id = _new_trace_id()

    def __repr__(self):
        info = ['StreamReader']
        if self._buffered():
            info.append(f'{self._buffered()} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def _buffered(self):
        return len(self._data) - self._start

    def _take(self, n):
        # The first n bytes not yet read; the storage is dropped once all is read.
        data = self._data[self._start:self._start + n]
        self._start += n
        if self._start == len(self._data):
            self._data = b''
            self._start = 0
        return data

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and self._buffered() <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffered()

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._data = self._data[self._start:] + data
        self._start = 0
        self._wakeup_waiter()
        if self._transport is not None and not self._paused and self._buffered() > 2 * self._limit:
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        _set_wait(self._waiter, 'stream read', self._trace_id)
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._data.startswith(sep, self._start + e.consumed):
                self._take(e.consumed + seplen)
            else:
                self._take(self._buffered())
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = self._buffered()
            if buflen - offset >= seplen:
                isep = self._data.find(separator, self._start + offset)
                if isep != -1:
                    isep -= self._start
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                raise IncompleteReadError(self._take(buflen), None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
        chunk = self._take(isep + seplen)
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffered() and not self._eof:
            await self._wait_for_data('read')
        data = self._take(min(n, self._buffered()))
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while self._buffered() < n:
            if self._eof:
                raise IncompleteReadError(self._take(self._buffered()), n)
            await self._wait_for_data('readexactly')
        data = self._take(n)
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


# CPython's module names for these classes (their reprs and tracebacks show them).
for _cls, _module in [(StreamReader, 'streams'), (StreamWriter, 'streams'), (StreamReaderProtocol, 'streams'),
                      (FlowControlMixin, 'streams'), (BaseProtocol, 'protocols'), (Protocol, 'protocols'),
                      (BufferedProtocol, 'protocols'), (DatagramProtocol, 'protocols'),
                      (SubprocessProtocol, 'protocols'), (BaseTransport, 'transports'),
                      (ReadTransport, 'transports'), (WriteTransport, 'transports'), (Transport, 'transports'),
                      (_SelectorSocketTransport, 'selector_events'), (Server, 'base_events'),
                      (TransportSocket, 'trsock')]:
    _cls.__module__ = 'asyncio.' + _module
