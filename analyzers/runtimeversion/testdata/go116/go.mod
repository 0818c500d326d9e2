module example.com/fn16

go 1.16 // want `go.mod selects Go 1.16: runtime go116 is deprecated since 2024-01-30`
