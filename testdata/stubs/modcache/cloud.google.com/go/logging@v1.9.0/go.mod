module cloud.google.com/go/logging

go 1.22
