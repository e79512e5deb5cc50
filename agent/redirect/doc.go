// Package redirect owns the agent's KUBETUN_* iptables chains in the target pod's network
// namespace: nat REDIRECT rules that send new connections for an application port to the
// agent's listener.
//
// The chains are built from data ([Rule]) and rebuilt idempotently. Every REDIRECT rule
// carries a lease that the kernel enforces (the iptables time match, `--datestop` in UTC):
// if the agent dies without cleaning up, its rules stop matching when the lease ends and the
// pod serves its own traffic again. [Table.Run] renews the lease every lease/3.
//
// Only the nat PREROUTING hook is used, so connections originated inside the pod (the
// agent dialing the real application, or the application talking to itself) are never
// redirected. NAT applies at connection setup: changing rules affects new connections only,
// as long as some NAT rule remains in the namespace (nftables stops translating
// established connections without one). That is what the unreferenced [PinChain] is for,
// until [Table.Unpin].
package redirect
