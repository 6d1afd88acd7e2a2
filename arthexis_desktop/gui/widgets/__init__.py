"""Small reusable widgets and delegates shared by panels."""
