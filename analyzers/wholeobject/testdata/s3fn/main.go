// Command s3fn is a Lambda function that reads S3 objects with the AWS
// SDK for Go v2.
package main

import (
	"bytes"
	"context"
	"io"

	"example.com/wo/objects"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var client *s3.Client

func handler(ctx context.Context, e events.S3Event) error {
	for _, rec := range e.Records {
		out, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(rec.S3.Bucket.Name), Key: aws.String(rec.S3.Object.Key)})
		if err != nil {
			return err
		}
		data, err := io.ReadAll(out.Body) // want `io.ReadAll reads the whole S3 object into memory on every invocation: the function's memory setting holds it, and an object too large ends the invocation with an out-of-memory error; stream it instead \(json.NewDecoder\(r\).Decode, io.Copy to where it goes, a bufio.Scanner\), or bound the read with io.LimitReader`
		_ = data
		var buf bytes.Buffer
		body := out.Body
		buf.ReadFrom(body)         // want `\(\*bytes.Buffer\).ReadFrom reads the whole S3 object into memory`
		objects.ReadBody(out.Body) // want `calls objects.ReadBody, which reads the whole S3 object given to it`
		read(out.Body)             // want `calls main.read, which reads the whole S3 object given to it into memory with io.ReadAll`
	}
	return nil
}

func read(body io.ReadCloser) {
	io.ReadAll(body) // ok: the parameter's value is judged where it is given
}

func main() {
	cfg, _ := config.LoadDefaultConfig(context.Background())
	client = s3.NewFromConfig(cfg)
	out, _ := client.GetObject(context.Background(), &s3.GetObjectInput{})
	io.ReadAll(out.Body) // ok: cold start
	lambda.Start(handler)
}
