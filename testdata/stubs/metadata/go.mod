module cloud.google.com/go/compute/metadata

go 1.21
