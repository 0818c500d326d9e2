package sarifout

// The SARIF 2.1.0 objects fnlint writes, with the properties it uses;
// every optional property is omitted when empty.

// A Log is a sarifLog object.
type Log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []Run  `json:"runs"`
}

// A Run is a run object. Results is always present: an empty array says
// that nothing was found, where a missing one would say nothing.
type Run struct {
	Tool        Tool         `json:"tool"`
	Invocations []Invocation `json:"invocations,omitempty"`
	ColumnKind  string       `json:"columnKind,omitempty"`
	Results     []Result     `json:"results"`
}

// A Tool is a tool object.
type Tool struct {
	Driver ToolComponent `json:"driver"`
}

// A ToolComponent is a toolComponent object.
type ToolComponent struct {
	Name            string                `json:"name"`
	Version         string                `json:"version,omitempty"`
	SemanticVersion string                `json:"semanticVersion,omitempty"`
	InformationURI  string                `json:"informationUri,omitempty"`
	Rules           []ReportingDescriptor `json:"rules,omitempty"`
}

// A ReportingDescriptor is a reportingDescriptor object: a rule.
type ReportingDescriptor struct {
	ID               string                    `json:"id"`
	ShortDescription *MultiformatMessageString `json:"shortDescription,omitempty"`
	FullDescription  *MultiformatMessageString `json:"fullDescription,omitempty"`
	Help             *MultiformatMessageString `json:"help,omitempty"`
	HelpURI          string                    `json:"helpUri,omitempty"`
}

// A MultiformatMessageString is a multiformatMessageString object.
type MultiformatMessageString struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// A Message is a message object.
type Message struct {
	Text string `json:"text"`
}

// An Invocation is an invocation object.
type Invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []Notification `json:"toolExecutionNotifications,omitempty"`
}

// A Notification is a notification object.
type Notification struct {
	Level   string  `json:"level,omitempty"`
	Message Message `json:"message"`
}

// A Result is a result object.
type Result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Message             Message           `json:"message"`
	Locations           []Location        `json:"locations,omitempty"`
	RelatedLocations    []Location        `json:"relatedLocations,omitempty"`
	CodeFlows           []CodeFlow        `json:"codeFlows,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Fixes               []Fix             `json:"fixes,omitempty"`
}

// A Location is a location object.
type Location struct {
	PhysicalLocation *PhysicalLocation `json:"physicalLocation,omitempty"`
	Message          *Message          `json:"message,omitempty"`
}

// A CodeFlow is a codeFlow object: one thread's path through the code.
type CodeFlow struct {
	ThreadFlows []ThreadFlow `json:"threadFlows"`
}

// A ThreadFlow is a threadFlow object: the steps of a path, in order.
type ThreadFlow struct {
	Locations []ThreadFlowLocation `json:"locations"`
}

// A ThreadFlowLocation is a threadFlowLocation object: one step.
type ThreadFlowLocation struct {
	Location Location `json:"location"`
}

// A PhysicalLocation is a physicalLocation object.
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Region           *Region          `json:"region,omitempty"`
}

// An ArtifactLocation is an artifactLocation object.
type ArtifactLocation struct {
	URI string `json:"uri"`
}

// A Region is a region object: 1-based lines and columns, 0 when not
// known.
type Region struct {
	StartLine   int `json:"startLine,omitempty"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// A Fix is a fix object.
type Fix struct {
	Description     *Message         `json:"description,omitempty"`
	ArtifactChanges []ArtifactChange `json:"artifactChanges"`
}

// An ArtifactChange is an artifactChange object.
type ArtifactChange struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Replacements     []Replacement    `json:"replacements"`
}

// A Replacement is a replacement object.
type Replacement struct {
	DeletedRegion   Region           `json:"deletedRegion"`
	InsertedContent *ArtifactContent `json:"insertedContent,omitempty"`
}

// An ArtifactContent is an artifactContent object.
type ArtifactContent struct {
	Text string `json:"text"`
}
