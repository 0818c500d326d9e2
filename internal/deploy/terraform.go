package deploy

// parseTerraform reads the .tf files of one directory (one module).
func parseTerraform(files []*srcFile) result {
	return result{}
}
