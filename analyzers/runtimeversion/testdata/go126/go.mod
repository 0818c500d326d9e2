module example.com/fn26

go 1.26
