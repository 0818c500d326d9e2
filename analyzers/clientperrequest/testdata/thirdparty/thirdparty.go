// Package thirdparty calls constructors of third-party modules that no
// knowledge table lists: what they do is derived from their code.
package thirdparty

import (
	"context"
	"net/http"
	"sync"

	"github.com/coder/websocket"
	amqp "github.com/rabbitmq/amqp091-go"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
	"google.golang.org/api/gmail/v1"
	"google.golang.org/api/idtoken"
	"google.golang.org/api/option"
	"google.golang.org/api/sheets/v4"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Mail", mail)
	functions.HTTP("Sheet", sheet)
	functions.HTTP("Call", call)
	functions.HTTP("Queue", queue)
	functions.HTTP("Reused", reused)
	functions.HTTP("Upgrade", upgrade)
}

func mail(w http.ResponseWriter, r *http.Request) {
	svc, err := gmail.NewService(r.Context()) // want `calls gmail.NewService, which calls http.NewClient, .*which creates an http.Transport, opening new connections on every invocation`
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	_ = svc
}

func sheet(w http.ResponseWriter, r *http.Request) {
	svc, _ := sheets.NewService(r.Context(), option.WithCredentialsFile("key.json")) // want `calls sheets.NewService, .*opening new connections on every invocation`
	_ = svc
	// ok: given the client to use (here a user's OAuth client, which is
	// per request by nature), NewService creates none.
	user := oauth2.NewClient(r.Context(), nil)
	svc2, _ := sheets.NewService(r.Context(), option.WithHTTPClient(user))
	_ = svc2
	// A blind spot: an option slice built elsewhere is not followed.
	opts := []option.ClientOption{option.WithHTTPClient(user)}
	svc3, _ := sheets.NewService(r.Context(), opts...) // want `calls sheets.NewService`
	_ = svc3
}

func call(w http.ResponseWriter, r *http.Request) {
	c, _ := idtoken.NewClient(r.Context(), "https://backend") // want `calls idtoken.NewClient, which calls .*Clone, creating a client`
	_ = c
	d, _ := google.DefaultClient(r.Context()) // want `calls google.DefaultClient, which calls google.DefaultTokenSource, which calls google.FindDefaultCredentials, which calls os.ReadFile, creating a client`
	_ = d
	// ok: oauth2.NewClient wraps a token source around the default
	// transport and opens nothing of its own.
	e := oauth2.NewClient(r.Context(), nil)
	_ = e
}

func queue(w http.ResponseWriter, r *http.Request) {
	conn, err := amqp.Dial("amqp://guest:guest@mq:5672/") // want `calls amqp091.Dial, which calls amqp091.DialConfig, which calls dialer, creating a client on every invocation`
	if err != nil {
		return
	}
	defer conn.Close()
	// ok: a channel of a connection is not a connection.
	ch, _ := conn.Channel()
	_ = ch
}

// The platform's advice: create the client once, lazily.
var mailService = sync.OnceValues(func() (*gmail.Service, error) {
	return gmail.NewService(context.Background())
})

var queueConn *amqp.Connection

func reused(w http.ResponseWriter, r *http.Request) {
	svc, err := mailService() // ok: once per instance
	_, _ = svc, err
	if queueConn == nil {
		c, err := amqp.Dial("amqp://mq") // ok: stored into a package-level variable
		if err != nil {
			return
		}
		queueConn = c
	}
	if entities == nil {
		svc, err := gmail.NewService(r.Context()) // ok: stored, wrapped, into a package-level variable
		if err != nil {
			return
		}
		entities = &usersService{s: svc}
	}
}

type usersService struct{ s *gmail.Service }

var entities *usersService

// ok: taking over the request's connection (a websocket server's
// accept) opens no connection.
func upgrade(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	_, _ = c, err
}
