module github.com/cybozu-go/log

go 1.21
