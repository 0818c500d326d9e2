package deploy

// parseServerless reads a serverless.yml.
func parseServerless(f *srcFile) result {
	return result{}
}
