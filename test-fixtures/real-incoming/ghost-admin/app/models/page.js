import PostModel from './post';

export default PostModel.extend({
    displayName: 'page'
});
