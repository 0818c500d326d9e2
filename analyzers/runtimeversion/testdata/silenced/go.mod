module example.com/silenced

//fnlint:ignore runtimeversion deployed with --runtime go122; the directive only pins the language
go 1.16
