module example.com/fn25

go 1.25
