module github.com/jlaffaye/ftp

go 1.17
