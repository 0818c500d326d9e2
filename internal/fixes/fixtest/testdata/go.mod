module example.com/fixtest

go 1.24
