package storage

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// Profile returns the saved company profile; ok is false if none has been
// saved yet.
func (s *Store) Profile() (p model.CompanyProfile, ok bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		data := tx.Bucket(bucketMeta).Get(keyProfile)
		if data == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(data, &p)
	})
	if err != nil {
		return model.CompanyProfile{}, false, fmt.Errorf("read company profile: %w", err)
	}
	return p, ok, nil
}

// SaveProfile replaces the company profile.
func (s *Store) SaveProfile(p model.CompanyProfile) error {
	data, err := json.Marshal(p)
	if err == nil {
		err = s.update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keyProfile, data)
		})
	}
	if err != nil {
		return fmt.Errorf("save company profile: %w", err)
	}
	return nil
}
