module example.com/fn11

go 1.11
