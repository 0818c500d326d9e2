module example.com/fn17

go 1.17
