module github.com/lumigo-io/lumigo-go-tracer

go 1.22
