module example.com/fn16

go 1.16
