package events

// SNSEvent is an SNS notification: SNS invokes the function
// asynchronously, not as a batch of an event source mapping.
type SNSEvent struct {
	Records []SNSEventRecord `json:"Records"`
}

// SNSEventRecord is one record of an SNSEvent.
type SNSEventRecord struct {
	EventSource string    `json:"EventSource"`
	SNS         SNSEntity `json:"Sns"`
}

// SNSEntity is the notification a record carries.
type SNSEntity struct {
	MessageID string `json:"MessageId"`
	Message   string `json:"Message"`
}
