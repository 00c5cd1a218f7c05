// The Node `ws` relay the signalling benchmark compares the gateway with, written as WebRTC
// tutorials write it: a socket on /room/{id} gets every text frame another socket of the same
// room sends. `ws` defaults throughout; the second argument may override the permessage-deflate answer
// (accept|refuse; default: ws's own, which refuses).  Usage: node ws-relay.mjs PORT [accept|refuse|default]
import { WebSocketServer } from 'ws';

const port = Number(process.argv[2]);
const deflate = process.argv[3] === 'accept'; // 'default' and 'refuse': ws's default, false
const rooms = new Map();
const server = new WebSocketServer({ host: '127.0.0.1', port, perMessageDeflate: deflate });
server.on('connection', (socket, request) => {
  const room = request.url;
  if (!room.startsWith('/room/')) {
    socket.close(1008, 'no such room');
    return;
  }
  if (!rooms.has(room)) rooms.set(room, new Set());
  const members = rooms.get(room);
  members.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const other of members) {
      if (other !== socket && other.readyState === 1) other.send(data, { binary: isBinary });
    }
  });
  socket.on('close', () => {
    members.delete(socket);
    if (members.size === 0) rooms.delete(room);
  });
});
server.on('listening', () => console.log(`ws relay listening on ${port} (permessage-deflate ${deflate ? 'accepted' : 'refused'})`));
