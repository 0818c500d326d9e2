// Package tgbotapi is a stub of
// github.com/go-telegram-bot-api/telegram-bot-api/v5 with the real
// shape of its constructor: NewBotAPI keeps a new *http.Client behind
// its HTTPClient interface and calls getMe through it before it
// returns. No knowledge table lists it.
package tgbotapi

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

// APIEndpoint is the endpoint for all API methods, with formatting for
// Sprintf.
const APIEndpoint = "https://api.telegram.org/bot%s/%s"

// HTTPClient is the type needed for the bot to perform HTTP requests.
type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

// User represents a Telegram user or bot.
type User struct {
	ID       int64  `json:"id"`
	UserName string `json:"username"`
}

// BotAPI allows you to interact with the Telegram Bot API.
type BotAPI struct {
	Token  string `json:"token"`
	Debug  bool   `json:"debug"`
	Buffer int    `json:"buffer"`

	Self            User       `json:"-"`
	Client          HTTPClient `json:"-"`
	shutdownChannel chan interface{}

	apiEndpoint string
}

// NewBotAPI creates a new BotAPI instance.
func NewBotAPI(token string) (*BotAPI, error) {
	return NewBotAPIWithClient(token, APIEndpoint, &http.Client{})
}

// NewBotAPIWithClient creates a new BotAPI instance and allows you to
// pass a http.Client.
func NewBotAPIWithClient(token, apiEndpoint string, client HTTPClient) (*BotAPI, error) {
	bot := &BotAPI{
		Token:           token,
		Client:          client,
		Buffer:          100,
		shutdownChannel: make(chan interface{}),
		apiEndpoint:     apiEndpoint,
	}
	self, err := bot.GetMe()
	if err != nil {
		return nil, err
	}
	bot.Self = self
	return bot, nil
}

// APIResponse is a response from the Telegram API with the result
// stored raw.
type APIResponse struct {
	Ok     bool            `json:"ok"`
	Result json.RawMessage `json:"result,omitempty"`
}

// MakeRequest makes a request to a specific endpoint with our token.
func (bot *BotAPI) MakeRequest(endpoint string, params url.Values) (*APIResponse, error) {
	req, err := http.NewRequest("POST", bot.apiEndpoint+endpoint, strings.NewReader(params.Encode()))
	if err != nil {
		return &APIResponse{}, err
	}
	resp, err := bot.Client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var apiResp APIResponse
	err = json.NewDecoder(resp.Body).Decode(&apiResp)
	return &apiResp, err
}

// GetMe fetches the currently authenticated bot.
func (bot *BotAPI) GetMe() (User, error) {
	resp, err := bot.MakeRequest("getMe", nil)
	if err != nil {
		return User{}, err
	}
	var user User
	err = json.Unmarshal(resp.Result, &user)
	return user, err
}

// Message represents a message.
type Message struct{ MessageID int }

// MessageConfig contains information about a SendMessage request.
type MessageConfig struct {
	ChatID int64
	Text   string
}

// NewMessage creates a new Message.
func NewMessage(chatID int64, text string) MessageConfig {
	return MessageConfig{ChatID: chatID, Text: text}
}

// Send will send a Chattable item to Telegram.
func (bot *BotAPI) Send(c MessageConfig) (Message, error) {
	_, err := bot.MakeRequest("sendMessage", url.Values{"text": {c.Text}})
	return Message{}, err
}
