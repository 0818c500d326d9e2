package events

// KafkaEvent is a batch of records of an Amazon MSK or self-managed
// Kafka event source mapping, by topic and partition.
type KafkaEvent struct {
	EventSource    string                   `json:"eventSource"`
	EventSourceARN string                   `json:"eventSourceArn"`
	Records        map[string][]KafkaRecord `json:"records"`
}

// KafkaRecord is one record of a KafkaEvent.
type KafkaRecord struct {
	Topic     string `json:"topic"`
	Partition int64  `json:"partition"`
	Offset    int64  `json:"offset"`
	Key       string `json:"key"`
	Value     string `json:"value"`
}
