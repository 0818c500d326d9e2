module example.com/gcfgen2

go 1.23
