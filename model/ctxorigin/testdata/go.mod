module example.com/co

go 1.24
