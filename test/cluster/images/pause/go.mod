module kip.local/pause

go 1.22
