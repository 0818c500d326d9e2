module example.com/fn20

go 1.20
