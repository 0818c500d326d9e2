// Package storagedata is a stub of
// github.com/googleapis/google-cloudevents-go/cloud/storagedata at its
// real import path: the data of Cloud Storage events.
package storagedata

// StorageObjectData is the object an event of Cloud Storage is about.
type StorageObjectData struct {
	Bucket string `protobuf:"bytes,1,opt,name=bucket,proto3" json:"bucket,omitempty"`
	Name   string `protobuf:"bytes,2,opt,name=name,proto3" json:"name,omitempty"`
}

// GetBucket returns the object's bucket.
func (x *StorageObjectData) GetBucket() string {
	if x != nil {
		return x.Bucket
	}
	return ""
}

// GetName returns the object's name.
func (x *StorageObjectData) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}
