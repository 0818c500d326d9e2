module example.com/gcf

go 1.23
