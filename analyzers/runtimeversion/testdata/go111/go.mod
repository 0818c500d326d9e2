module example.com/fn11

go 1.11 // want `go.mod selects Go 1.11: runtime go111 was deprecated on 2020-08-05 and decommissioned on 2021-02, so deployments fail; move to go127, the newest supported runtime`
