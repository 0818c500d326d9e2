module example.com/gcfgen1

go 1.23
