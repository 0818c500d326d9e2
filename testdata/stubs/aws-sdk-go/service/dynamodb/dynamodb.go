// Package dynamodb is a stub of github.com/aws/aws-sdk-go/service/dynamodb.
package dynamodb

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// DynamoDB is the Amazon DynamoDB client.
type DynamoDB struct{}

// New creates a DynamoDB client from a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *DynamoDB { return &DynamoDB{} }
