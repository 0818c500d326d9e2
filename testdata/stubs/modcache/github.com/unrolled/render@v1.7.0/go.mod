module github.com/unrolled/render

go 1.22
