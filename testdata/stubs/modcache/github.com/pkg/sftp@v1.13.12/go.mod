module github.com/pkg/sftp

go 1.15

require golang.org/x/crypto v0.41.0
