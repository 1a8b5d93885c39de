"""Hand-written extensions that the generated classes of this namespace pick up."""
