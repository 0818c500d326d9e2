// Package cefn is a Cloud Run function triggered by Cloud Storage
// CloudEvents.
package cefn

import (
	"context"
	"encoding/json"

	"cloud.google.com/go/storage"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
	"github.com/googleapis/google-cloudevents-go/cloud/storagedata"
)

var client *storage.Client

func init() {
	functions.CloudEvent("Convert", convert)
	functions.CloudEvent("Guarded", guarded)
}

func convert(ctx context.Context, e event.Event) error {
	var data storagedata.StorageObjectData
	if err := json.Unmarshal(e.Data(), &data); err != nil {
		return err
	}
	w := client.Bucket(data.GetBucket()).Object("converted.json").NewWriter(ctx) // want `\(\*storage.ObjectHandle\).NewWriter writes into the bucket whose event triggered the function`
	_ = w
	bucket := data.Bucket
	return client.Bucket(bucket).Object("converted.csv").NewWriter(ctx).Close() // want `\(\*storage.ObjectHandle\).NewWriter writes into the bucket whose event triggered the function`
}

func guarded(ctx context.Context, e event.Event) error {
	var data storagedata.StorageObjectData
	_ = json.Unmarshal(e.Data(), &data)
	if data.GetName() == "converted.csv" {
		return nil
	}
	bucket := data.Bucket
	return client.Bucket(bucket).Object("converted.csv").NewWriter(ctx).Close() // ok: guarded
}
