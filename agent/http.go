		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
j		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
-		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
-		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
-		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
-		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
B		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
6		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
4		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
<		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
<		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
1		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
0		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
K		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
B		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
C		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
-		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
;		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
M		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
F		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
O		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
T		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
1		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
F		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
G		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
T		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
1		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
W		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
J		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
O		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
O		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
K		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
[		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
]		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
W		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
j		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
D		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
M		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
B		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
B		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
B		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
D		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
&		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
;		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
!		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
B		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
%		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
!		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
C		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
%		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
%		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
%		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
%		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
-		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
K		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
K		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
!		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
B		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
%		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
|		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
|		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
>		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
1		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
2		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
8		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
!		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
U		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
K		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
I		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
[		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
]		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
F		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
B		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
L		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
!		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
I		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
%		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
I		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
J		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
O		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
O		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
K		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
C		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
K		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
K		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
2		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
D		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
D		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
C		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
F		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
D		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
C		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
C		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
T		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
I		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
T		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
'		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
W		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
G		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
'		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
M		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
F		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
G		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
T		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
1		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
W		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
_		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
J		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
O		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
O		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
K		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
F		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
O		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
T		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
1		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
W		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
!		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
F		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
I		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
W		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
C		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
F		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
;		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
k		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
F		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
2		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
0		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
0		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
M		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
x		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
q		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
!		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
*		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
V		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
P		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
U		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
_		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
A		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
L		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
+		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
Y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
m		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
b		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
J		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
O		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
W		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
C		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
-		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
T		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
y		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
/		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
j		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
"		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
W		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
_		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
=		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
j		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
v		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
f		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
u		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
R		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
W		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
s		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
n		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
g		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
			// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
t		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
J		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
S		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
O		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
N		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
w		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
c		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
a		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
p		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
i		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
{		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
.		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
E		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
(		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
,		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
H		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
:		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
 		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
h		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
o		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
l		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
d		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
e		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
r		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
)		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
}		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)

		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
