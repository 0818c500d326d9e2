module github.com/iopipe/iopipe-go

go 1.22
