module example.com/fn20

go 1.20 // want `go.mod selects Go 1.20: runtime go120 is deprecated since 2024-05-01 and gets no security updates; it is decommissioned on 2025-05-01`
