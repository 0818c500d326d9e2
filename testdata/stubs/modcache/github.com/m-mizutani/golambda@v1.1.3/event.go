package golambda

import (
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
)

// Bind marshals the original event and unmarshals it into v.
func (x *Event) Bind(v interface{}) error {
	raw, err := json.Marshal(x.Origin)
	if err != nil {
		return WrapError(err, "Marshal original lambda event")
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return WrapError(err, "Unmarshal to v")
	}
	return nil
}

// EventRecord is the data of one record (the Body of an SQS message).
type EventRecord []byte

// Bind unmarshals the record into ev.
func (x EventRecord) Bind(ev interface{}) error {
	if err := json.Unmarshal(x, ev); err != nil {
		return WrapError(err, "Failed json.Unmarshal in DecodeEvent")
	}
	return nil
}

// DecapSQSBody returns the bodies of the SQS event's messages.
func (x *Event) DecapSQSBody() ([]EventRecord, error) {
	var sqsEvent events.SQSEvent
	if err := x.Bind(&sqsEvent); err != nil {
		return nil, err
	}

	var output []EventRecord
	for _, record := range sqsEvent.Records {
		if record.MessageId == "" {
			continue
		}
		output = append(output, EventRecord(record.Body))
	}

	if len(output) == 0 {
		return nil, NewError("No SQS event records")
	}
	return output, nil
}

// DecapSNSMessage returns the messages of the SNS event's records.
func (x *Event) DecapSNSMessage() ([]EventRecord, error) {
	var snsEvent events.SNSEvent
	if err := x.Bind(&snsEvent); err != nil {
		return nil, err
	}

	var output []EventRecord
	for _, record := range snsEvent.Records {
		output = append(output, EventRecord(record.SNS.Message))
	}
	return output, nil
}
