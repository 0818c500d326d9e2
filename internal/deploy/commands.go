package deploy

// parseCommands reads gcloud command lines from a shell script, a
// Makefile's recipes, cloudbuild.yaml steps or a workflow's run: blocks.
func parseCommands(f *srcFile, format Format, repoRoot string) result {
	return result{}
}
