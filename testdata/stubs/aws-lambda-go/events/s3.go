package events

import "time"

// S3Event is the event of an S3 bucket notification.
type S3Event struct {
	Records []S3EventRecord `json:"Records"`
}

// S3EventRecord is one record of an S3Event.
type S3EventRecord struct {
	EventSource string    `json:"eventSource"`
	AWSRegion   string    `json:"awsRegion"`
	EventTime   time.Time `json:"eventTime"`
	EventName   string    `json:"eventName"`
	S3          S3Entity  `json:"s3"`
}

// S3Entity names the bucket and the object of a record.
type S3Entity struct {
	SchemaVersion   string   `json:"s3SchemaVersion"`
	ConfigurationID string   `json:"configurationId"`
	Bucket          S3Bucket `json:"bucket"`
	Object          S3Object `json:"object"`
}

// S3Bucket is the bucket of a record.
type S3Bucket struct {
	Name string `json:"name"`
	Arn  string `json:"arn"`
}

// S3Object is the object of a record.
type S3Object struct {
	Key           string `json:"key"`
	Size          int64  `json:"size,omitempty"`
	URLDecodedKey string `json:"urlDecodedKey"`
	ETag          string `json:"eTag"`
}
